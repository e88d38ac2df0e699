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

import org.orrery.model.Cloud;
import org.orrery.model.CloudKind;
import org.orrery.model.CloudToolkit;
import org.orrery.model.InstanceType;
import org.orrery.model.OrreryPackage;
import org.orrery.model.Site;
import org.orrery.model.SubstratePool;
import org.orrery.model.VirtualMachine;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cloud</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.CloudImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.orrery.model.impl.CloudImpl#getToolkit <em>Toolkit</em>}</li>
 *   <li>{@link org.orrery.model.impl.CloudImpl#getSites <em>Sites</em>}</li>
 *   <li>{@link org.orrery.model.impl.CloudImpl#getVirtualMachines <em>Virtual Machines</em>}</li>
 *   <li>{@link org.orrery.model.impl.CloudImpl#getInstanceTypes <em>Instance Types</em>}</li>
 *   <li>{@link org.orrery.model.impl.CloudImpl#getSubstratePools <em>Substrate Pools</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CloudImpl extends NamedElementImpl implements Cloud {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CloudKind KIND_EDEFAULT = CloudKind.PRIVATE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CloudKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getToolkit() <em>Toolkit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToolkit()
	 * @generated
	 * @ordered
	 */
	protected static final CloudToolkit TOOLKIT_EDEFAULT = CloudToolkit.LIBVIRT;

	/**
	 * The cached value of the '{@link #getToolkit() <em>Toolkit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToolkit()
	 * @generated
	 * @ordered
	 */
	protected CloudToolkit toolkit = TOOLKIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSites() <em>Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSites()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> sites;

	/**
	 * The cached value of the '{@link #getVirtualMachines() <em>Virtual Machines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualMachines()
	 * @generated
	 * @ordered
	 */
	protected EList<VirtualMachine> virtualMachines;

	/**
	 * The cached value of the '{@link #getInstanceTypes() <em>Instance Types</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstanceTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<InstanceType> instanceTypes;

	/**
	 * The cached value of the '{@link #getSubstratePools() <em>Substrate Pools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubstratePools()
	 * @generated
	 * @ordered
	 */
	protected EList<SubstratePool> substratePools;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CloudImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.CLOUD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CloudKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CloudKind newKind) {
		CloudKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.CLOUD__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CloudToolkit getToolkit() {
		return toolkit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToolkit(CloudToolkit newToolkit) {
		CloudToolkit oldToolkit = toolkit;
		toolkit = newToolkit == null ? TOOLKIT_EDEFAULT : newToolkit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.CLOUD__TOOLKIT, oldToolkit, toolkit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getSites() {
		if (sites == null) {
			sites = new EObjectContainmentEList<Site>(Site.class, this, OrreryPackage.CLOUD__SITES);
		}
		return sites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualMachine> getVirtualMachines() {
		if (virtualMachines == null) {
			virtualMachines = new EObjectContainmentEList<VirtualMachine>(VirtualMachine.class, this, OrreryPackage.CLOUD__VIRTUAL_MACHINES);
		}
		return virtualMachines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InstanceType> getInstanceTypes() {
		if (instanceTypes == null) {
			instanceTypes = new EObjectContainmentEList<InstanceType>(InstanceType.class, this, OrreryPackage.CLOUD__INSTANCE_TYPES);
		}
		return instanceTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SubstratePool> getSubstratePools() {
		if (substratePools == null) {
			substratePools = new EObjectContainmentEList<SubstratePool>(SubstratePool.class, this, OrreryPackage.CLOUD__SUBSTRATE_POOLS);
		}
		return substratePools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrreryPackage.CLOUD__SITES:
				return ((InternalEList<?>)getSites()).basicRemove(otherEnd, msgs);
			case OrreryPackage.CLOUD__VIRTUAL_MACHINES:
				return ((InternalEList<?>)getVirtualMachines()).basicRemove(otherEnd, msgs);
			case OrreryPackage.CLOUD__INSTANCE_TYPES:
				return ((InternalEList<?>)getInstanceTypes()).basicRemove(otherEnd, msgs);
			case OrreryPackage.CLOUD__SUBSTRATE_POOLS:
				return ((InternalEList<?>)getSubstratePools()).basicRemove(otherEnd, msgs);
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
			case OrreryPackage.CLOUD__KIND:
				return getKind();
			case OrreryPackage.CLOUD__TOOLKIT:
				return getToolkit();
			case OrreryPackage.CLOUD__SITES:
				return getSites();
			case OrreryPackage.CLOUD__VIRTUAL_MACHINES:
				return getVirtualMachines();
			case OrreryPackage.CLOUD__INSTANCE_TYPES:
				return getInstanceTypes();
			case OrreryPackage.CLOUD__SUBSTRATE_POOLS:
				return getSubstratePools();
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
			case OrreryPackage.CLOUD__KIND:
				setKind((CloudKind)newValue);
				return;
			case OrreryPackage.CLOUD__TOOLKIT:
				setToolkit((CloudToolkit)newValue);
				return;
			case OrreryPackage.CLOUD__SITES:
				getSites().clear();
				getSites().addAll((Collection<? extends Site>)newValue);
				return;
			case OrreryPackage.CLOUD__VIRTUAL_MACHINES:
				getVirtualMachines().clear();
				getVirtualMachines().addAll((Collection<? extends VirtualMachine>)newValue);
				return;
			case OrreryPackage.CLOUD__INSTANCE_TYPES:
				getInstanceTypes().clear();
				getInstanceTypes().addAll((Collection<? extends InstanceType>)newValue);
				return;
			case OrreryPackage.CLOUD__SUBSTRATE_POOLS:
				getSubstratePools().clear();
				getSubstratePools().addAll((Collection<? extends SubstratePool>)newValue);
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
			case OrreryPackage.CLOUD__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case OrreryPackage.CLOUD__TOOLKIT:
				setToolkit(TOOLKIT_EDEFAULT);
				return;
			case OrreryPackage.CLOUD__SITES:
				getSites().clear();
				return;
			case OrreryPackage.CLOUD__VIRTUAL_MACHINES:
				getVirtualMachines().clear();
				return;
			case OrreryPackage.CLOUD__INSTANCE_TYPES:
				getInstanceTypes().clear();
				return;
			case OrreryPackage.CLOUD__SUBSTRATE_POOLS:
				getSubstratePools().clear();
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
			case OrreryPackage.CLOUD__KIND:
				return kind != KIND_EDEFAULT;
			case OrreryPackage.CLOUD__TOOLKIT:
				return toolkit != TOOLKIT_EDEFAULT;
			case OrreryPackage.CLOUD__SITES:
				return sites != null && !sites.isEmpty();
			case OrreryPackage.CLOUD__VIRTUAL_MACHINES:
				return virtualMachines != null && !virtualMachines.isEmpty();
			case OrreryPackage.CLOUD__INSTANCE_TYPES:
				return instanceTypes != null && !instanceTypes.isEmpty();
			case OrreryPackage.CLOUD__SUBSTRATE_POOLS:
				return substratePools != null && !substratePools.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", toolkit: ");
		result.append(toolkit);
		result.append(')');
		return result.toString();
	}

} //CloudImpl
