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

import org.orrery.model.Actor;
import org.orrery.model.ActorRuntime;
import org.orrery.model.OrreryPackage;
import org.orrery.model.VirtualMachine;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Actor Runtime</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.ActorRuntimeImpl#getVm <em>Vm</em>}</li>
 *   <li>{@link org.orrery.model.impl.ActorRuntimeImpl#isAgent <em>Agent</em>}</li>
 *   <li>{@link org.orrery.model.impl.ActorRuntimeImpl#getActors <em>Actors</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActorRuntimeImpl extends NamedElementImpl implements ActorRuntime {
	/**
	 * The cached value of the '{@link #getVm() <em>Vm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVm()
	 * @generated
	 * @ordered
	 */
	protected VirtualMachine vm;

	/**
	 * The default value of the '{@link #isAgent() <em>Agent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAgent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AGENT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isAgent() <em>Agent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAgent()
	 * @generated
	 * @ordered
	 */
	protected boolean agent = AGENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActors() <em>Actors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> actors;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActorRuntimeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.ACTOR_RUNTIME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualMachine getVm() {
		if (vm != null && vm.eIsProxy()) {
			InternalEObject oldVm = (InternalEObject)vm;
			vm = (VirtualMachine)eResolveProxy(oldVm);
			if (vm != oldVm) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.ACTOR_RUNTIME__VM, oldVm, vm));
			}
		}
		return vm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VirtualMachine basicGetVm() {
		return vm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVm(VirtualMachine newVm) {
		VirtualMachine oldVm = vm;
		vm = newVm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.ACTOR_RUNTIME__VM, oldVm, vm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAgent() {
		return agent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgent(boolean newAgent) {
		boolean oldAgent = agent;
		agent = newAgent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.ACTOR_RUNTIME__AGENT, oldAgent, agent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getActors() {
		if (actors == null) {
			actors = new EObjectContainmentEList<Actor>(Actor.class, this, OrreryPackage.ACTOR_RUNTIME__ACTORS);
		}
		return actors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrreryPackage.ACTOR_RUNTIME__ACTORS:
				return ((InternalEList<?>)getActors()).basicRemove(otherEnd, msgs);
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
			case OrreryPackage.ACTOR_RUNTIME__VM:
				if (resolve) return getVm();
				return basicGetVm();
			case OrreryPackage.ACTOR_RUNTIME__AGENT:
				return isAgent();
			case OrreryPackage.ACTOR_RUNTIME__ACTORS:
				return getActors();
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
			case OrreryPackage.ACTOR_RUNTIME__VM:
				setVm((VirtualMachine)newValue);
				return;
			case OrreryPackage.ACTOR_RUNTIME__AGENT:
				setAgent((Boolean)newValue);
				return;
			case OrreryPackage.ACTOR_RUNTIME__ACTORS:
				getActors().clear();
				getActors().addAll((Collection<? extends Actor>)newValue);
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
			case OrreryPackage.ACTOR_RUNTIME__VM:
				setVm((VirtualMachine)null);
				return;
			case OrreryPackage.ACTOR_RUNTIME__AGENT:
				setAgent(AGENT_EDEFAULT);
				return;
			case OrreryPackage.ACTOR_RUNTIME__ACTORS:
				getActors().clear();
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
			case OrreryPackage.ACTOR_RUNTIME__VM:
				return vm != null;
			case OrreryPackage.ACTOR_RUNTIME__AGENT:
				return agent != AGENT_EDEFAULT;
			case OrreryPackage.ACTOR_RUNTIME__ACTORS:
				return actors != null && !actors.isEmpty();
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
		result.append(" (agent: ");
		result.append(agent);
		result.append(')');
		return result.toString();
	}

} //ActorRuntimeImpl
