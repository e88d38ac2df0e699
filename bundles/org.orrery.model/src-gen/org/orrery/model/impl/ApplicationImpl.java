/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.orrery.model.ActorRuntime;
import org.orrery.model.Application;
import org.orrery.model.Job;
import org.orrery.model.OrreryPackage;
import org.orrery.model.ProcessGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Application</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.ApplicationImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.orrery.model.impl.ApplicationImpl#getRuntimes <em>Runtimes</em>}</li>
 *   <li>{@link org.orrery.model.impl.ApplicationImpl#getProcessGroups <em>Process Groups</em>}</li>
 *   <li>{@link org.orrery.model.impl.ApplicationImpl#getJobs <em>Jobs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApplicationImpl extends NamedElementImpl implements Application {
	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRuntimes() <em>Runtimes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntimes()
	 * @generated
	 * @ordered
	 */
	protected EList<ActorRuntime> runtimes;

	/**
	 * The cached value of the '{@link #getProcessGroups() <em>Process Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<ProcessGroup> processGroups;

	/**
	 * The cached value of the '{@link #getJobs() <em>Jobs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobs()
	 * @generated
	 * @ordered
	 */
	protected EList<Job> jobs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApplicationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.APPLICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.APPLICATION__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActorRuntime> getRuntimes() {
		if (runtimes == null) {
			runtimes = new EObjectContainmentEList<ActorRuntime>(ActorRuntime.class, this, OrreryPackage.APPLICATION__RUNTIMES);
		}
		return runtimes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProcessGroup> getProcessGroups() {
		if (processGroups == null) {
			processGroups = new EObjectContainmentEList<ProcessGroup>(ProcessGroup.class, this, OrreryPackage.APPLICATION__PROCESS_GROUPS);
		}
		return processGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Job> getJobs() {
		if (jobs == null) {
			jobs = new EObjectContainmentEList<Job>(Job.class, this, OrreryPackage.APPLICATION__JOBS);
		}
		return jobs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrreryPackage.APPLICATION__RUNTIMES:
				return ((InternalEList<?>)getRuntimes()).basicRemove(otherEnd, msgs);
			case OrreryPackage.APPLICATION__PROCESS_GROUPS:
				return ((InternalEList<?>)getProcessGroups()).basicRemove(otherEnd, msgs);
			case OrreryPackage.APPLICATION__JOBS:
				return ((InternalEList<?>)getJobs()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.APPLICATION__OWNER:
				return getOwner();
			case OrreryPackage.APPLICATION__RUNTIMES:
				return getRuntimes();
			case OrreryPackage.APPLICATION__PROCESS_GROUPS:
				return getProcessGroups();
			case OrreryPackage.APPLICATION__JOBS:
				return getJobs();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrreryPackage.APPLICATION__OWNER:
				setOwner((String)newValue);
				return;
			case OrreryPackage.APPLICATION__RUNTIMES:
				getRuntimes().clear();
				getRuntimes().addAll((Collection<? extends ActorRuntime>)newValue);
				return;
			case OrreryPackage.APPLICATION__PROCESS_GROUPS:
				getProcessGroups().clear();
				getProcessGroups().addAll((Collection<? extends ProcessGroup>)newValue);
				return;
			case OrreryPackage.APPLICATION__JOBS:
				getJobs().clear();
				getJobs().addAll((Collection<? extends Job>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OrreryPackage.APPLICATION__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case OrreryPackage.APPLICATION__RUNTIMES:
				getRuntimes().clear();
				return;
			case OrreryPackage.APPLICATION__PROCESS_GROUPS:
				getProcessGroups().clear();
				return;
			case OrreryPackage.APPLICATION__JOBS:
				getJobs().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OrreryPackage.APPLICATION__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case OrreryPackage.APPLICATION__RUNTIMES:
				return runtimes != null && !runtimes.isEmpty();
			case OrreryPackage.APPLICATION__PROCESS_GROUPS:
				return processGroups != null && !processGroups.isEmpty();
			case OrreryPackage.APPLICATION__JOBS:
				return jobs != null && !jobs.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (owner: ");
		result.append(owner);
		result.append(')');
		return result.toString();
	}

} //ApplicationImpl
